/**
 * Support shared by the bandit policies of this module: the state envelope ({@link
 * io.hololoom.policy.bandit.BanditState}), a persistable random generator ({@link
 * io.hololoom.policy.bandit.BanditRandom}) and probability helpers ({@link io.hololoom.policy.bandit.Bandits}).
 * Public only so the policy packages can use it; not a plugin API.
 */
package io.hololoom.policy.bandit;
