"""The route as designed against the route as lived: comparing with a design (klantreis/model/design.py)."""

TEXTS: dict[str, dict[str, str]] = {
}
