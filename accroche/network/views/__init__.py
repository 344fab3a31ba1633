"""Views of the partner network (thin: forms in, services out)."""
