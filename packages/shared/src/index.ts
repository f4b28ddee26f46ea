export * from './enums';
export * from './schemas';
export * from './matrix';
export * from './profile';
