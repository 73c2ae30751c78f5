"""HTTP handlers, one module per area."""
