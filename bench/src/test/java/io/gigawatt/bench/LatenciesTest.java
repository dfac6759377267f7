package io.gigawatt.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {

  @Test
  void nearestRankOfOneToHundred() {
    long[] sorted = LongStream.rangeClosed(1, 100).toArray();
    assertThat(Latencies.percentile(sorted, 50)).isEqualTo(50);
    assertThat(Latencies.percentile(sorted, 99)).isEqualTo(99);
    assertThat(Latencies.percentile(sorted, 99.5)).isEqualTo(100);
    assertThat(Latencies.percentile(sorted, 100)).isEqualTo(100);
    assertThat(Latencies.percentile(sorted, 0.1)).isEqualTo(1);
  }

  @Test
  void aSingleSampleIsEveryPercentile() {
    assertThat(Latencies.of(new long[] {7})).isEqualTo(new Latencies(1, 7, 7, 7, 7));
  }

  @Test
  void unsortedSamplesAreSortedWithoutChangingTheCallersArray() {
    long[] samples = {30, 10, 20, 50, 40};
    Latencies latencies = Latencies.of(samples);
    assertThat(latencies).isEqualTo(new Latencies(5, 30, 50, 50, 50));
    assertThat(samples).containsExactly(30, 10, 20, 50, 40);
  }

  @Test
  void aLongTailShowsInP99NotInP50() {
    long[] samples = new long[1000];
    java.util.Arrays.fill(samples, 2_000_000);
    for (int i = 0; i < 15; i++) {
      samples[i * 60] = 400_000_000;
    }
    Latencies latencies = Latencies.of(samples);
    assertThat(latencies.p50()).isEqualTo(2_000_000);
    assertThat(latencies.p99()).isEqualTo(400_000_000);
    assertThat(latencies.max()).isEqualTo(400_000_000);
  }

  @Test
  void noSamples() {
    assertThat(Latencies.of(new long[0])).isEqualTo(Latencies.NONE);
    assertThatThrownBy(() -> Latencies.percentile(new long[0], 50))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Latencies.percentile(new long[] {1}, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bufferConcatenatesInOrder() {
    LongBuffer a = new LongBuffer();
    LongBuffer b = new LongBuffer();
    for (int i = 0; i < 5000; i++) {
      a.add(i);
    }
    b.add(-1);
    long[] all = LongBuffer.concat(java.util.List.of(a, b));
    assertThat(all).hasSize(5001);
    assertThat(all[4999]).isEqualTo(4999);
    assertThat(all[5000]).isEqualTo(-1);
  }
}
