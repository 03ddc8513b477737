package dev.embargo.bench.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the payment rate prints: each measure named, the CPU rate worked out from the CPU time per message. */
class PaymentScanRateTest {
    @Test
    void cpuTimePerMessageGivesTheRateOfThatManyCores() {
        assertThat(PaymentScanRate.impliedRate(400.0, 2)).isEqualTo(5000.0);
        assertThat(PaymentScanRate.impliedRate(250.0, 2)).isEqualTo(8000.0);
        assertThat(PaymentScanRate.impliedRate(250.0, 1)).isEqualTo(4000.0);
    }

    @Test
    void reportNamesWallClockAndCpuAndTakesMediansOfTheRounds() {
        // 1,000 messages a round; wall 0.5, 1 and 2 s; process CPU 0.5, 0.4 and 0.3 s; threads 0.3, 0.35, 0.25 s.
        List<PaymentScanRate.Round> rounds = List.of(
                new PaymentScanRate.Round(1000, 500_000_000L, 500_000_000L, 300_000_000L),
                new PaymentScanRate.Round(1000, 1_000_000_000L, 400_000_000L, 350_000_000L),
                new PaymentScanRate.Round(1000, 2_000_000_000L, 300_000_000L, 250_000_000L));
        String report = PaymentScanRate.report(1000, 2, 12, rounds);
        assertThat(report)
                .contains("3 measured rounds after 12 warm-up rounds")
                .containsPattern("wall clock: +median 1000 messages/s \\(min 500, max 2000\\)")
                .contains("CPU, whole process: median 400.0 us per message (min 300.0, max 500.0), user+sys -> 5000"
                        + " messages/s on 2 cores")
                .contains("CPU, scan threads:  median 300.0 us per message (min 250.0, max 350.0), user+sys -> 6667"
                        + " messages/s on 2 cores");
    }
}
