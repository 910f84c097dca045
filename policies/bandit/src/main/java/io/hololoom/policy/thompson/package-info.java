/** The {@code thompson} policy: context-free Thompson sampling with Beta posteriors per tool. */
package io.hololoom.policy.thompson;
