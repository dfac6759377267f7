package io.gigawatt.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

  @Test
  void aLostOrRefusedConnectionOrAShutdownIsAnOutage() {
    assertThat(DatabaseOutage.causedBy(new SQLException("connection closed", "08003"))).isTrue();
    assertThat(DatabaseOutage.causedBy(new SQLException("crash shutdown", "57P02"))).isTrue();
    assertThat(DatabaseOutage.causedBy(new SQLException("Sorry, acquisition timeout!"))).isTrue();
  }

  @Test
  void anOutageIsFoundUnderTheExceptionsThatWrapIt() {
    var wrapped =
        new IllegalStateException(
            "query failed", new RuntimeException(new SQLException("refused", "08001")));
    assertThat(DatabaseOutage.causedBy(wrapped)).isTrue();
  }

  @Test
  void aBrokenQueryOrConstraintIsNot() {
    assertThat(DatabaseOutage.causedBy(new SQLException("syntax", "42601"))).isFalse();
    assertThat(DatabaseOutage.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
    assertThat(DatabaseOutage.causedBy(new IllegalStateException("bug"))).isFalse();
  }
}
