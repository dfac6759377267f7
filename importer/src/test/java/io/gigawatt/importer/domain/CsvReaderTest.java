package io.gigawatt.importer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  @Test
  void quotedFieldsKeepCommasQuotesAndLineBreaksAndRowsKeepTheirFirstLine() {
    var rows = CsvReader.read("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"one\ntwo\"\nlast,,\n");
    assertThat(rows)
        .containsExactly(
            new CsvRow(1, List.of("a", "b", "c")),
            new CsvRow(2, List.of("x, y", "say \"hi\"", "one\ntwo")),
            new CsvRow(4, List.of("last", "", "")));
  }

  @Test
  void blankLinesAndAByteOrderMarkAreIgnored() {
    assertThat(CsvReader.read("\uFEFFa\n\nb"))
        .containsExactly(new CsvRow(1, List.of("a")), new CsvRow(3, List.of("b")));
  }
}
