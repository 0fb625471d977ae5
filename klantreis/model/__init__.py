"""The model: entities, the Journey aggregate, reversible edits, the diff of two journeys, errors."""
