package http

import (
	"container/list"
	"sync"
)

// answers remembers the bodies of the answers of reads of the store (GET
// /api/events, a series, a network, flows, change points, ...) by the
// request's URL and the store's version (dyad.Versioned): the same page
// asked again, as the web pages and scripts do, is written from memory
// until the store changes, whoever changes it. An answer is remembered
// under the version read before its work began, so it holds every write
// that version counts: one given again is never older than the version
// its request reads. Only the answers of the latest version seen are kept,
// the least lately used going first beyond maxAnswerBytes.
type answers struct {
	mu      sync.Mutex
	version int64
	byURL   map[string]*list.Element // of *answer
	lru     list.List                // most lately used first
	size    int                      // the bytes of the bodies held
}

type answer struct {
	url  string
	body []byte
}

// The bounds of the memory answers hold: in all, and one answer (a larger
// one, a long page of events or a series of days, is not worth the room).
const (
	maxAnswerBytes = 32 << 20
	maxAnswer      = 1 << 20
)

// get returns the body remembered for url at version v.
func (a *answers) get(v int64, url string) ([]byte, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if v != a.version {
		return nil, false
	}
	el, ok := a.byURL[url]
	if !ok {
		return nil, false
	}
	a.lru.MoveToFront(el)
	return el.Value.(*answer).body, true
}

// put remembers body as the answer to url at version v, forgetting the
// answers of earlier versions; an answer of a version older than one seen
// is not kept.
func (a *answers) put(v int64, url string, body []byte) {
	if len(body) > maxAnswer {
		return
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	switch {
	case v < a.version:
		return
	case v > a.version || a.byURL == nil:
		a.version, a.byURL, a.size = v, map[string]*list.Element{}, 0
		a.lru.Init()
	}
	if _, ok := a.byURL[url]; ok {
		return
	}
	a.byURL[url] = a.lru.PushFront(&answer{url, body})
	a.size += len(body)
	for a.size > maxAnswerBytes {
		old := a.lru.Remove(a.lru.Back()).(*answer)
		delete(a.byURL, old.url)
		a.size -= len(old.body)
	}
}
