/** The {@code epsilon-greedy} policy: context-free ε-greedy over each tool's mean reward. */
package io.hololoom.policy.epsilongreedy;
