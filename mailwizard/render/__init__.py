"""Documents drawn by Qt without a window (outside core: core never imports Qt)."""
