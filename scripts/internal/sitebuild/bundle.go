package sitebuild

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// Bundle bundles and minifies the front end with esbuild's Go API: the
// TypeScript entry (with CodeMirror from web/node_modules) and the CSS. It
// returns app.js and app.css as assets, without writing anything.
func Bundle(webDir string) ([]Asset, error) {
	res := api.Build(api.BuildOptions{
		EntryPointsAdvanced: []api.EntryPoint{
			{InputPath: filepath.Join(webDir, "ts", "main.ts"), OutputPath: "app"},
			{InputPath: filepath.Join(webDir, "css", "app.css"), OutputPath: "app"},
		},
		Bundle:            true,
		MinifyWhitespace:  true,
		MinifyIdentifiers: true,
		MinifySyntax:      true,
		Format:            api.FormatIIFE,
		Target:            api.ES2020,
		Platform:          api.PlatformBrowser,
		Outdir:            "out",
		Write:             false,
		LogLevel:          api.LogLevelSilent,
		Charset:           api.CharsetUTF8,
		LegalComments:     api.LegalCommentsEndOfFile,
		TsconfigRaw:       `{"compilerOptions":{"strict":true}}`,
	})
	if len(res.Errors) > 0 {
		msgs := api.FormatMessages(res.Errors, api.FormatMessagesOptions{Kind: api.ErrorMessage})
		return nil, fmt.Errorf("esbuild:\n%s", strings.Join(msgs, "\n"))
	}
	var out []Asset
	for _, f := range res.OutputFiles {
		out = append(out, Asset{Name: filepath.Base(f.Path), Data: f.Contents})
	}
	if len(out) != 2 {
		return nil, fmt.Errorf("esbuild wrote %d files, want app.js and app.css", len(out))
	}
	return out, nil
}
