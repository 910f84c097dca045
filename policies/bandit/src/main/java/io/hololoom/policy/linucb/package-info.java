/** The {@code linucb} policy: a disjoint linear contextual bandit with upper confidence bounds. */
package io.hololoom.policy.linucb;
