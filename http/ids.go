package http

import (
	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/coder"
	"github.com/dyadhq/dyad/ingest"
)

func contentID(d *dyad.Document) string { return ingest.ContentID(d) }

func sentences(text string) []dyad.Span { return coder.Sentences(text) }
