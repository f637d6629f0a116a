"""Services: every rule of the work lives here. Plain Python; no Qt."""
