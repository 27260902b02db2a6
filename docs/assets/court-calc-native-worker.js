// Loaded before the iframe-worker shim in the offline build: the shim replaces window.Worker on file:// for
// Material's search, and the calculators need the browser's own Worker.
window.CourtCalcNativeWorker = window.Worker;
