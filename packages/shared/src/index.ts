export * from './enums';
export * from './schemas';
export * from './matrix';
export * from './profile';
export * from './initiative-input';
export * from './auth';
export * from './stats';
