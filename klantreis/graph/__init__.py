"""The route as a graph: its order and numbers, loops and branches, the layouts of the canvas."""
