export function importDocx(_b: Uint8Array): never { throw new Error("todo"); }
