// Brotli copies for the build (Node's own zlib, so no compressor to install): reads "source<TAB>target" lines
// from the file named as the only argument and writes each target at the highest quality with a 16 MiB window.
import { readFileSync, writeFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";

for (const line of readFileSync(process.argv[2], "utf8").split("\n")) {
  if (!line) continue;
  const [source, target] = line.split("\t");
  const data = readFileSync(source);
  const params = {
    [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
    [constants.BROTLI_PARAM_LGWIN]: 24,
    [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
  };
  writeFileSync(target, brotliCompressSync(data, { params }));
}
