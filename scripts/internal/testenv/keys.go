package testenv

import (
	"context"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// Key is one key on the keyboard, as the DevTools protocol names it.
type Key struct {
	Key, Code string
	VK        int64
	Text      string
}

var (
	Enter     = Key{Key: "Enter", Code: "Enter", VK: 13, Text: "\r"}
	Backspace = Key{Key: "Backspace", Code: "Backspace", VK: 8}
	KeyA      = Key{Key: "a", Code: "KeyA", VK: 65}
)

// Press sends one key press the way a real keyboard does: a keyDown that
// carries the text (so a page that handles keydown and calls preventDefault
// gets no text inserted, as with a real key) and a keyUp.
func Press(k Key, modifiers input.Modifier) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		down := input.DispatchKeyEvent(input.KeyDown).
			WithKey(k.Key).WithCode(k.Code).
			WithWindowsVirtualKeyCode(k.VK).WithNativeVirtualKeyCode(k.VK).
			WithModifiers(modifiers)
		if k.Text != "" && modifiers == 0 {
			down = down.WithText(k.Text).WithUnmodifiedText(k.Text)
		}
		if err := down.Do(ctx); err != nil {
			return err
		}
		return input.DispatchKeyEvent(input.KeyUp).
			WithKey(k.Key).WithCode(k.Code).
			WithWindowsVirtualKeyCode(k.VK).WithNativeVirtualKeyCode(k.VK).
			WithModifiers(modifiers).Do(ctx)
	})
}

// Type types text key by key into the focused element; "\r" and "\n" are
// the Enter key.
func Type(text string) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		for _, r := range text {
			var k Key
			switch r {
			case '\r', '\n':
				k = Enter
			default:
				k = Key{Key: string(r), Text: string(r)}
			}
			if err := Press(k, 0).Do(ctx); err != nil {
				return err
			}
		}
		return nil
	})
}

// ClearFocused selects everything in the focused editor and deletes it.
func ClearFocused() chromedp.Action {
	return chromedp.Tasks{Press(KeyA, input.ModifierCtrl), Press(Backspace, 0)}
}
