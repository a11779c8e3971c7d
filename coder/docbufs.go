package coder

import (
	"sync"

	"github.com/dyadhq/dyad/text"
)

// docBufs is the storage a document's sentences reuse one after another,
// their tokens, their words' facts and dictionary hits (docCtx.toks,
// docCtx.facts, docCtx.raws), kept for the next document: most documents
// are a few sentences, and would otherwise grow their own each time. The
// memo of words' facts goes with them (wordfacts.go).
type docBufs struct {
	toks  []text.Token
	facts []wordFacts
	raws  []raw
	memo  wordMemo
	// the tokens and facts of the sentences dominant reads
	scanToks  []text.Token
	scanFacts []wordFacts
}

var docBufPool = sync.Pool{New: func() any {
	return &docBufs{memo: wordMemo{words: map[string]*wordFacts{}, others: map[string]*wordFacts{}}}
}}

// borrowBufs gives ctx the storage a document coded before released.
func borrowBufs(ctx *docCtx) *docBufs {
	b := docBufPool.Get().(*docBufs)
	ctx.toks, ctx.facts, ctx.raws, ctx.memo = b.toks, b.facts, b.raws, &b.memo
	ctx.scanToks, ctx.scanFacts = b.scanToks, b.scanFacts
	return b
}

// release takes back ctx's storage, cleared so that it keeps no document's
// text alive; the storage of a rare long sentence is left to the collector.
func (b *docBufs) release(ctx *docCtx) {
	if cap(ctx.toks) > 1024 || cap(ctx.facts) > 1024 || cap(ctx.raws) > 256 || cap(ctx.scanToks) > 1024 || cap(ctx.scanFacts) > 1024 {
		return
	}
	b.toks, b.facts, b.raws = ctx.toks[:0], ctx.facts[:0], ctx.raws[:0]
	b.scanToks, b.scanFacts = ctx.scanToks[:0], ctx.scanFacts[:0]
	clear(b.toks[:cap(b.toks)])
	clear(b.facts[:cap(b.facts)])
	clear(b.raws[:cap(b.raws)])
	clear(b.scanToks[:cap(b.scanToks)])
	clear(b.scanFacts[:cap(b.scanFacts)])
	docBufPool.Put(b)
}
