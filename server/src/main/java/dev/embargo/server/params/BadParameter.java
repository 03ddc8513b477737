package dev.embargo.server.params;

/** A parameter that could not be read; {@link #problem()} says which and why. */
public final class BadParameter extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient ParameterProblem problem;

    public BadParameter(ParameterProblem problem) {
        super(problem.message());
        this.problem = problem;
    }

    public ParameterProblem problem() {
        return problem;
    }
}
