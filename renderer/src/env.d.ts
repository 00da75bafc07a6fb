// Vite's client types: `import './styles/app.scss'` and `import.meta.env` in the renderer bundle.
/// <reference types="vite/client" />
