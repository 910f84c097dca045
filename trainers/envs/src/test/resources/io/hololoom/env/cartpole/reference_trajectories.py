"""Writes reference CartPole-v1 trajectories for CartPoleTest.

The step below follows the equations documented for Gymnasium's CartPole-v1 (classic_control/cartpole.py):
Euler integration, force +-10, and Python's left-to-right evaluation with theta_dot**2 and cos(theta)**2
computed first. Python's math.sin/math.cos come from the C library (glibc on Linux). Run:
    python3 reference_trajectories.py > cartpole-reference.txt
Each line: case index, step, action, then x, x_dot, theta, theta_dot as float.hex, terminated.
"""
import math
import random

GRAVITY, MASS_CART, MASS_POLE, LENGTH, FORCE, TAU = 9.8, 1.0, 0.1, 0.5, 10.0, 0.02
TOTAL = MASS_POLE + MASS_CART
PML = MASS_POLE * LENGTH
THETA_LIMIT = 12 * 2 * math.pi / 360


def step(state, action):
    x, x_dot, theta, theta_dot = state
    force = FORCE if action == 1 else -FORCE
    costheta, sintheta = math.cos(theta), math.sin(theta)
    temp = (force + PML * theta_dot**2 * sintheta) / TOTAL
    thetaacc = (GRAVITY * sintheta - costheta * temp) / (LENGTH * (4.0 / 3.0 - MASS_POLE * costheta**2 / TOTAL))
    xacc = temp - PML * thetaacc * costheta / TOTAL
    x = x + TAU * x_dot
    x_dot = x_dot + TAU * xacc
    theta = theta + TAU * theta_dot
    theta_dot = theta_dot + TAU * thetaacc
    terminated = x < -2.4 or x > 2.4 or theta < -THETA_LIMIT or theta > THETA_LIMIT
    return (x, x_dot, theta, theta_dot), terminated


rng = random.Random(20240601)
for case in range(40):
    state = tuple(rng.uniform(-0.05, 0.05) for _ in range(4))
    print(case, 0, -1, *[v.hex() for v in state], False)
    for t in range(1, 201):
        action = rng.randrange(2) if case % 2 == 0 else (1 if state[2] + 0.5 * state[3] > 0 else 0)
        state, terminated = step(state, action)
        print(case, t, action, *[v.hex() for v in state], terminated)
        if terminated:
            break
