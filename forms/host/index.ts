/** The host API contract shared by the renderer, the preload and the main process. */
export * from './channels';
export * from './hostResult';
export * from './hostApi';
export * from './helpLinks';
export * from './contentSecurityPolicy';
