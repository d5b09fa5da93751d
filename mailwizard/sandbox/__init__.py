"""Loopback stand-ins for the outside world: a DNS server and provider admin APIs that behave as the real
ones do. The tests run against them, and practice mode runs the whole wizard against them inside the app.
Nothing here ever listens beyond 127.0.0.1."""
