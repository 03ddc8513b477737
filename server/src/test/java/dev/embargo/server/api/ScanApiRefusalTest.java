package dev.embargo.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.scanning.ScanException;
import dev.embargo.scanning.ScanTimeoutException;
import dev.embargo.server.ApiException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How a refused or overlong scan is answered: the status says which, the message what to do. */
class ScanApiRefusalTest {
    @Test
    void aDocumentOverALimitIs413AndADamagedOne400() {
        ApiException tooLarge = ScanApi.refusal(new ScanException(
                ScanException.Reason.TOO_LARGE, "a.pdf", "text", "at most 10 characters of text", null));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.getMessage()).isEqualTo("a.pdf: text: expected at most 10 characters of text");
        ApiException damaged =
                ScanApi.refusal(new ScanException("a.pdf", "page tree", "a page tree without loops", null));
        assertThat(damaged.status()).isEqualTo(400);
    }

    @Test
    void aScanOverItsTimeBudgetIs422NamingTheBudget() {
        ApiException e = ScanApi.overBudget(new ScanTimeoutException(Duration.ofSeconds(30), "screening mentions"));
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.code()).isEqualTo("scan_over_time_budget");
        assertThat(e.getMessage())
                .isEqualTo("the scan needs more than its time budget of 30 s (stopped while screening"
                        + " mentions); split the document, or scan it with the command line, which has no time budget");
    }
}
