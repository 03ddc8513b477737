package dev.embargo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `embargo serve` refuses to start on a bad key file, saying which file and line; the server itself is tested in the server module. */
class ServeCommandTest {
    @Test
    void aKeyFileWithAShortKeyIsRefusedNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path keys = Files.writeString(dir.resolve("keys.txt"), "# keys\nshort\n");
        CommandRun run =
                CommandRun.of("serve", "--lists", dir.toString(), "--port", "0", "--api-keys", keys.toString());
        assertThat(run.exitCode()).as("a bad key file is a runtime error").isEqualTo(3);
        assertThat(run.err()).contains(keys + ": line 2: an API key must have at least 16 characters");
    }

    @Test
    void aMissingKeyFileIsRefused(@TempDir Path dir) {
        CommandRun run = CommandRun.of(
                "serve",
                "--lists",
                dir.toString(),
                "--port",
                "0",
                "--api-keys",
                dir.resolve("absent.txt").toString());
        assertThat(run.exitCode()).as("a bad key file is a runtime error").isEqualTo(3);
        assertThat(run.err()).contains("absent.txt: cannot read the API key file");
    }

    @Test
    void anEmptyKeyFileIsRefused(@TempDir Path dir) throws Exception {
        Path keys = Files.writeString(dir.resolve("keys.txt"), "# none yet\n");
        CommandRun run =
                CommandRun.of("serve", "--lists", dir.toString(), "--port", "0", "--api-keys", keys.toString());
        assertThat(run.exitCode()).as("a bad key file is a runtime error").isEqualTo(3);
        assertThat(run.err()).contains("expected at least one API key, found none");
    }

    @Test
    void anAllowedHostThatIsNoHostNameIsAUsageError(@TempDir Path dir) {
        CommandRun run = CommandRun.of(
                "serve",
                "--lists",
                dir.toString(),
                "--port",
                "0",
                "--allowed-hosts",
                "screening.example.org,http://evil/");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--allowed-hosts: \"http://evil/\": expected a host name");
    }
}
