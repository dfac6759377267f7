package io.gigawatt.eventstore;

import io.gigawatt.eventstore.testapp.TestSql;

/** Who holds a session advisory lock (pg_locks splits the bigint key in two), and ending them. */
final class AdvisoryLocks {
  private static final String HOLDERS =
      "from pg_locks where locktype = 'advisory' and granted and objsubid = 1"
          + " and classid::bigint = ? and objid::bigint = ?";

  private AdvisoryLocks() {}

  static long holders(TestSql sql, long key) {
    return sql.count("select count(*) " + HOLDERS, key >>> 32, key & 0xffffffffL);
  }

  /** Terminates the sessions holding the lock, as if their process or network died. */
  static void killHolders(TestSql sql, long key) {
    sql.count(
        "select count(*) from (select pg_terminate_backend(pid) " + HOLDERS + ") killed",
        key >>> 32,
        key & 0xffffffffL);
  }
}
