"""The benchmark at job-centre scale (issue 9): `make bench` or `python -m bench`."""
