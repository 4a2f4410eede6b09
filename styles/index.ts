// Your own styles for this deck: put them in styles/custom.css. briefdeck never writes that file, so it survives
// every rebuild, and it is loaded after briefdeck's styles/index.css, so its rules win.
import.meta.glob('./custom.css', { eager: true })
