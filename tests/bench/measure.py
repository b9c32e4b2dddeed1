#!/usr/bin/env python3
"""measure.py CMD...: runs CMD (output discarded) and prints 'SECONDS PEAK_KB EXIT' -- wall time and the peak
resident set size of CMD (the largest of its process tree's processes, from getrusage), for the benchmark scripts."""
import resource
import subprocess
import sys
import time

start = time.perf_counter()
process = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
elapsed = time.perf_counter() - start
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KB on Linux
print(f"{elapsed:.3f} {peak_kb} {process.returncode}")
