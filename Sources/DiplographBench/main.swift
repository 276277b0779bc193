// Benchmarks of graph I/O and path queries, kept apart from the library (see bench/).
print("diplograph-bench: not implemented yet")
