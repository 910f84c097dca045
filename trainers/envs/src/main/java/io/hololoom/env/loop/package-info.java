/**
 * A generic reinforcement-learning loop over the api's {@code Environment}, {@code TrainablePolicy} and
 * {@code Trainer}: rollouts, episodes, moving mean return, exact checkpoints and resume, greedy evaluation,
 * and the scripted runs behind {@code hololoom env run}.
 */
package io.hololoom.env.loop;
