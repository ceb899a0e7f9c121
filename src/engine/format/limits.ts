// The size limit of one scenario file, in a module of its own: the browser game's page checks
// files against it before handing them to the worker, without bundling the YAML reader.
export const MAX_FILE_BYTES = 1024 * 1024;
