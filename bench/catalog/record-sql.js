'use strict';
// Preloaded (`node -r`) into a server only for capturing: appends every SQL statement its `pg` client sends to the
// file named by BENCH_RECORD_SQL, one JSON line each with start and end time, so the floor can replay exactly what
// the server ran for one request, with the same overlap (statements run together or one after the other).
// `pg` is resolved from the server's working directory, so it is the server's own copy of the driver.
const { appendFileSync } = require('node:fs');

const file = process.env.BENCH_RECORD_SQL;
if (file) {
  const { Client } = require(require.resolve('pg', { paths: [process.cwd()] }));
  const query = Client.prototype.query;
  const now = () => performance.timeOrigin + performance.now();
  Client.prototype.query = function (config, values, callback) {
    const started = now();
    const result = query.call(this, config, values, callback);
    const record = () =>
      appendFileSync(
        file,
        JSON.stringify({
          text: typeof config === 'string' ? config : config.text,
          values: (Array.isArray(values) ? values : config.values) ?? [],
          started,
          ended: now(),
        }) + '\n',
      );
    // TypeORM and Vendure use the promise form; statements sent with a callback are not recorded.
    if (result && typeof result.then === 'function') result.then(record, record);
    return result;
  };
}
