"""The journey canvas: a QGraphicsScene that mirrors the model, one item class per file."""
