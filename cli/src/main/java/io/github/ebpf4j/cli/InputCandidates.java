package io.github.ebpf4j.cli;

/**
 * The inputs (packets or context bytes) a counterexample search tries, in a fixed order: first a
 * deterministic sweep from the shortest input up, then seeded random inputs without end.
 */
interface InputCandidates {
    /** @return the next input to try */
    byte[] next();

    /** @return the shortest input any candidate has */
    int minLength();

    /** @return how many candidates the deterministic sweep has (random ones follow) */
    int sweepRuns();

    /** @return the step between lengths worth trying when a random find is shortened */
    int lengthStep();
}
