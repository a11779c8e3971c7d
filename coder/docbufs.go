package coder

import (
	"sync"

	"github.com/dyadhq/dyad/text"
)

// docBufs is the storage a document's sentences reuse one after another,
// their tokens and dictionary hits (docCtx.toks, docCtx.raws), kept for the
// next document: most documents are a few sentences, and would otherwise
// grow their own each time.
type docBufs struct {
	toks []text.Token
	raws []raw
}

var docBufPool = sync.Pool{New: func() any { return new(docBufs) }}

// borrowBufs gives ctx the storage a document coded before released.
func borrowBufs(ctx *docCtx) *docBufs {
	b := docBufPool.Get().(*docBufs)
	ctx.toks, ctx.raws = b.toks, b.raws
	return b
}

// release takes back ctx's storage, cleared so that it keeps no document's
// text alive; the storage of a rare long sentence is left to the collector.
func (b *docBufs) release(ctx *docCtx) {
	if cap(ctx.toks) > 1024 || cap(ctx.raws) > 256 {
		return
	}
	b.toks, b.raws = ctx.toks[:0], ctx.raws[:0]
	clear(b.toks[:cap(b.toks)])
	clear(b.raws[:cap(b.raws)])
	docBufPool.Put(b)
}
