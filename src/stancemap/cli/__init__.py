"""stancemap's command line: thin verbs over the library."""
