// Package seeds holds the documents locus maps out of the box.
package seeds

import (
	"embed"
	"io/fs"
)

//go:embed *.txt
var files embed.FS

// FS returns the seed documents: UTF-8 text files named ID.txt.
func FS() fs.FS { return files }
