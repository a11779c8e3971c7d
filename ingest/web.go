package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/dyadhq/dyad"
)

// Kinds of web inputs.
const (
	KindFeed = "feed" // RSS or Atom
	KindHTML = "html" // a web page
)

// ReadFeed reads an RSS or Atom feed: each item is a document (its content,
// or its description when the feed carries no content, as text; its link,
// title and publication day; the feed's title as source).
func (rd *Reader) ReadFeed(r io.Reader, emit func(dyad.Document), problem func(*Problem)) (int, error) {
	c := &capped{r: r, left: int64(rd.maxDocument())}
	feed, err := gofeed.NewParser().Parse(c)
	if c.over {
		problem(rd.tooLarge(0, "feed"))
		return 0, nil
	}
	if err != nil {
		problem(&Problem{File: rd.Name, Err: fmt.Errorf("not a readable RSS or Atom feed: %v", err)})
		return 0, nil
	}
	n := 0
	for i, it := range feed.Items {
		body := it.Content
		if strings.TrimSpace(body) == "" {
			body = it.Description
		}
		text := htmlText(body)
		if text == "" {
			text = strings.TrimSpace(it.Title)
		}
		if text == "" {
			problem(&Problem{File: rd.Name, Err: fmt.Errorf("item %d has no text", i+1)})
			continue
		}
		d := dyad.Document{Title: strings.TrimSpace(it.Title), URL: it.Link, Source: feed.Title, Text: text, Date: rd.Date}
		if t := it.PublishedParsed; t != nil {
			d.Date = t.UTC().Format("2006-01-02")
		} else if t := it.UpdatedParsed; t != nil {
			d.Date = t.UTC().Format("2006-01-02")
		}
		d.ID = ContentID(&d)
		rd.dated(&d, 0, fmt.Sprintf("item %d: ", i+1), problem)
		emit(d)
		n++
	}
	return n, nil
}

// ReadHTML reads a web page and keeps its main text (the article, without
// navigation, advertisements and boilerplate), its title and its
// publication day when the page states one.
func (rd *Reader) ReadHTML(r io.Reader, emit func(dyad.Document), problem func(*Problem)) (int, error) {
	b, over, err := readCapped(r, rd.maxDocument())
	if err != nil {
		return 0, fmt.Errorf("read %s: %w", rd.Name, err)
	}
	if over {
		problem(rd.tooLarge(0, "page"))
		return 0, nil
	}
	// finding the main text takes time that grows faster than the page's
	// elements: a page of too many is refused, as go-readability counts them
	parser := readability.NewParser()
	parser.MaxElemsToParse = MaxElements
	art, err := parser.Parse(bytes.NewReader(b), nil)
	var text bytes.Buffer
	if err == nil && art.Node != nil {
		err = art.RenderText(&text)
	}
	if err != nil || strings.TrimSpace(text.String()) == "" {
		if err == nil {
			err = errors.New("no main text found")
		}
		problem(&Problem{File: rd.Name, Err: fmt.Errorf("HTML: %v", err)})
		return 0, nil
	}
	d := dyad.Document{Title: art.Title(), Source: art.SiteName(), Text: strings.TrimSpace(text.String()), Date: rd.Date}
	if t, err := art.PublishedTime(); err == nil && !t.IsZero() {
		d.Date = t.UTC().Format("2006-01-02")
	}
	d.ID = rd.ID
	if d.ID == "" {
		d.ID = ContentID(&d)
	}
	rd.dated(&d, 0, "", problem)
	emit(d)
	return 1, nil
}

// blocks end a paragraph: their text is kept apart from what follows, so that
// the sentence splitter does not run a headline into its story.
var blocks = map[string]bool{"p": true, "div": true, "br": true, "li": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "blockquote": true, "tr": true, "section": true, "article": true}

// htmlText returns the text of an HTML fragment, paragraphs separated by a
// blank line.
func htmlText(fragment string) string {
	nodes, err := html.ParseFragment(strings.NewReader(fragment), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return strings.TrimSpace(fragment)
	}
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			sb.WriteString(n.Data)
		case html.ElementNode:
			if n.Data == "script" || n.Data == "style" {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && blocks[n.Data] {
			sb.WriteString("\n\n")
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	var paras []string
	for _, p := range strings.Split(sb.String(), "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n")
}
