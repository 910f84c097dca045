/** The {@code uniform} policy: every tool with the same probability, the random baseline of experiments. */
package io.hololoom.policy.uniform;
