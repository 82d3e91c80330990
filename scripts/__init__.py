"""The project's tools: checks for editors, the build hooks and the audit."""
