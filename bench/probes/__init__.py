"""Scripts the benchmark runs in subprocesses (a fresh interpreter and QApplication each)."""
