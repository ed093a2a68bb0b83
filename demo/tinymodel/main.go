// Command tinymodel writes the tiny random-weight llama GGUF that the demo and the tests use as a
// base model. It is a demo tool: the model answers with noise, but Ollama loads it, applies LoRA
// adapters to it and runs it on a CPU in milliseconds. No weights are downloaded or committed.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"

	"github.com/iml/iml/internal/gguf"
)

func main() {
	out := flag.String("o", "tiny.gguf", "output path")
	seed := flag.Int64("seed", 1, "weight seed")
	flag.Parse()
	if err := write(*out, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "tinymodel:", err)
		os.Exit(1)
	}
}

func write(path string, seed int64) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	if err := gguf.WriteTinyLlama(w, seed); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
