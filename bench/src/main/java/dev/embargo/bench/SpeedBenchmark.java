package dev.embargo.bench;

/** Placeholder until the speed benchmark is written (issue 3). */
final class SpeedBenchmark {
    private SpeedBenchmark() {
    }

    static void main(String[] args) {
        System.err.println("speed benchmark: not written yet");
        System.exit(2);
    }
}
